//! Bars on one shared dollar axis, drawn as text lines.

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
}

pub struct Bar {
    pub label: String,
    pub low: i64,
    pub high: i64,
    pub shape: Shape,
}

const STEP: i64 = 10_000;

/// Every bar on one axis from the lowest figure to the highest, rounded out
/// to $10k, with room past the top when a bar is open there.
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
    let label_w = bars.iter().map(|b| b.label.chars().count()).max().unwrap_or(0).min(44);
    let bar_w = (usize::from(width).saturating_sub(label_w + 3)).max(20);
    let col = |v: i64| (((v - lo) as f64 / (hi - lo) as f64) * (bar_w - 1) as f64).round() as usize;
    for b in bars {
        let line = draw_bar(b, col(b.low), col(b.high), bar_w);
        let label: String = b.label.chars().take(label_w).collect();
        s.text.push(format!("{label:<label_w$} │{}", line.trim_end()));
    }
    let mut axis = vec![' '; bar_w];
    let ticks = [lo, lo + (hi - lo) / 2, hi];
    for (i, t) in ticks.iter().enumerate() {
        let text = format!("${}k", t / 1000);
        let start = match i {
            0 => 0,
            2 => bar_w.saturating_sub(text.len()),
            _ => col(*t).saturating_sub(text.len() / 2),
        };
        for (j, c) in text.chars().enumerate() {
            if let Some(slot) = axis.get_mut(start + j) {
                *slot = c;
            }
        }
    }
    s.text.push(format!("{:label_w$} └{}", "", "─".repeat(bar_w)));
    s.text.push(format!("{:label_w$}  {}", "", axis.into_iter().collect::<String>().trim_end()));
    s.notes.push("├──┤ range   ● single figure   ├╌╌→ at least   ←╌╌┤ at most   → open top".into());
    s
}

fn draw_bar(b: &Bar, a: usize, z: usize, bar_w: usize) -> String {
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
