//! Work spread over the machine's cores, for the few steps whose cost grows
//! with the user's data: parsing and checking files, and building and
//! drawing tables of tens of thousands of rows. Small inputs never start a
//! thread: for them a thread costs more than the work.

/// Maps `f` over `items` in order, spread over the cores when the items'
/// total `weight` reaches `parallel_from`.
pub fn par_map<T: Send, R: Send>(
    items: Vec<T>,
    parallel_from: usize,
    weight: impl Fn(&T) -> usize,
    f: impl Fn(T) -> R + Sync,
) -> Vec<R> {
    let total: usize = items.iter().map(&weight).sum();
    if total < parallel_from || items.len() < 2 {
        return items.into_iter().map(f).collect();
    }
    let threads = cores().min(items.len());
    if threads < 2 {
        return items.into_iter().map(f).collect();
    }
    // Contiguous chunks of about equal weight keep the results in order.
    let share = total.div_ceil(threads);
    let mut chunks: Vec<Vec<T>> = vec![Vec::new()];
    let mut filled = 0;
    for item in items {
        let w = weight(&item);
        if filled >= share && chunks.len() < threads {
            chunks.push(Vec::new());
            filled = 0;
        }
        filled += w;
        chunks.last_mut().expect("one chunk at least").push(item);
    }
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> =
            chunks.into_iter().map(|chunk| scope.spawn(move || chunk.into_iter().map(f).collect::<Vec<R>>())).collect();
        handles.into_iter().flat_map(|h| h.join().expect("a worker thread panicked")).collect()
    })
}

/// `f` applied to contiguous runs of `items`, one run per core when there
/// are at least `min_run` items for each, else to all of them at once.
/// Results are in the order of the runs.
pub fn par_chunks<T: Sync, R: Send>(items: &[T], min_run: usize, f: impl Fn(&[T]) -> R + Sync) -> Vec<R> {
    if items.len() < 2 * min_run.max(1) {
        return vec![f(items)];
    }
    let threads = cores().min(items.len() / min_run.max(1));
    if threads < 2 {
        return vec![f(items)];
    }
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> =
            items.chunks(items.len().div_ceil(threads)).map(|run| scope.spawn(move || f(run))).collect();
        handles.into_iter().map(|h| h.join().expect("a worker thread panicked")).collect()
    })
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_items_however_they_are_split() {
        let items: Vec<u32> = (0..10_000).collect();
        let doubled = par_map(items.clone(), 1, |_| 1, |x| x * 2);
        assert_eq!(doubled, items.iter().map(|x| x * 2).collect::<Vec<_>>());
        for min_run in [1, 7, 5_000, 20_000] {
            let runs = par_chunks(&items, min_run, <[u32]>::to_vec);
            assert_eq!(runs.concat(), items, "min_run {min_run}");
        }
    }
}
