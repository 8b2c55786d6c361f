//! Bars on one shared dollar axis, drawn as text lines, in groups.

use super::Section;

/// How a bar's ends read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// ├──┤, or ● where both ends meet; `open_top` adds →.
    Range { open_top: bool },
    /// ├╌╌→: a floor with no ceiling.
    AtLeast,
    /// ←╌╌┤: a ceiling.
    AtMost,
    /// ├══╪══┤: a distribution's outer percentiles (BLS: 10th to 90th), ╪ its
    /// median, else its mean.
    Band { median: i64 },
}

pub struct Bar {
    /// The heading of the group the bar is drawn under.
    pub group: String,
    pub label: String,
    pub low: i64,
    pub high: i64,
    pub shape: Shape,
}

const STEP: i64 = 10_000;
/// Columns wanted between two axis ticks.
const TICK_SPACING: usize = 14;

/// Every bar on one axis from the lowest figure to the highest, rounded out
/// to $10k, with room past the top when a bar is open there; a heading
/// line starts each group, and the axis has as many ticks as fit.
pub fn chart(title: &str, bars: &[Bar], width: u16) -> Section {
    let mut s = Section::text(title);
    if bars.is_empty() {
        s.text.push("Nothing to chart.".into());
        return s;
    }
    let lo = bars.iter().map(|b| b.low).min().unwrap_or(0) / STEP * STEP;
    let hi = (bars.iter().map(|b| b.high).max().unwrap_or(0) + STEP - 1) / STEP * STEP;
    let open = bars.iter().any(|b| matches!(b.shape, Shape::AtLeast | Shape::Range { open_top: true }));
    let hi = if open { hi + (hi - lo) / 10 / STEP * STEP + STEP } else { hi };
    let hi = if hi <= lo { lo + STEP } else { hi };
    let width = usize::from(width);
    let label_w = bars.iter().map(|b| b.label.chars().count()).max().unwrap_or(0).min(width / 3);
    let bar_w = width.saturating_sub(label_w + 3).max(20);
    let col = |v: i64| (((v - lo) as f64 / (hi - lo) as f64) * (bar_w - 1) as f64).round() as usize;
    let mut group = None;
    for b in bars {
        if group != Some(&b.group) {
            s.text.push(b.group.clone());
            group = Some(&b.group);
        }
        let line = draw_bar(b, col(b.low), col(b.high), col, bar_w);
        let label: String = b.label.chars().take(label_w).collect();
        s.text.push(format!("{label:<label_w$} │{}", line.trim_end()));
    }
    s.text.push(format!("{:label_w$} └{}", "", "─".repeat(bar_w)));
    s.text.push(format!("{:label_w$}  {}", "", axis(lo, hi, bar_w, col).trim_end()));
    let mut legend = String::from("├──┤ range   ● single figure   ├╌╌→ at least   ←╌╌┤ at most   → open top");
    if bars.iter().any(|b| matches!(b.shape, Shape::Band { .. })) {
        legend.push_str("   ├══╪══┤ a distribution (official: 10th–90th percentile), ╪ its median (else mean)");
    }
    s.notes.push(legend);
    s
}

/// Tick labels at round amounts, as many as fit `bar_w` with room between.
fn axis(lo: i64, hi: i64, bar_w: usize, col: impl Fn(i64) -> usize) -> String {
    let wanted = (bar_w / TICK_SPACING).max(2) as i64;
    let step = [10_000, 20_000, 25_000, 50_000, 100_000, 200_000, 250_000, 500_000]
        .into_iter()
        .find(|step| (hi - lo) / step <= wanted)
        .unwrap_or(1_000_000);
    let mut axis = vec![' '; bar_w];
    let mut tick = (lo + step - 1) / step * step;
    let mut free_from = 0;
    while tick <= hi {
        let text = format!("${}k", tick / 1000);
        let start = col(tick).saturating_sub(text.len() / 2).min(bar_w.saturating_sub(text.len()));
        if start >= free_from {
            for (slot, c) in axis[start..].iter_mut().zip(text.chars()) {
                *slot = c;
            }
            free_from = start + text.len() + 1;
        }
        tick += step;
    }
    axis.into_iter().collect()
}

fn draw_bar(b: &Bar, a: usize, z: usize, col: impl Fn(i64) -> usize, bar_w: usize) -> String {
    let mut line = vec![' '; bar_w];
    match b.shape {
        Shape::AtLeast => {
            line[a..].fill('╌');
            line[a] = '├';
            line[bar_w - 1] = '→';
        }
        Shape::AtMost => {
            line[..=z].fill('╌');
            line[0] = '←';
            line[z] = '┤';
        }
        Shape::Band { median } => {
            line[a..=z].fill('═');
            line[a] = '├';
            line[z] = '┤';
            line[col(median).clamp(a, z)] = '╪';
        }
        Shape::Range { .. } if a == z => line[a] = '●',
        Shape::Range { open_top } => {
            line[a..=z].fill('─');
            line[a] = '├';
            line[z] = '┤';
            if open_top && z + 1 < bar_w {
                line[z + 1] = '→';
            }
        }
    }
    line.into_iter().collect()
}
