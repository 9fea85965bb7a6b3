//! Which page links a paged list shows: the first and the last page, the current page and
//! its neighbours, and a gap for each run of pages left out. However many pages a backend
//! reports, a list gets at most [`MAX_ITEMS`] items: `1 … 4 5 6 … 40`.

/// One item of a pagination list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// A link to page `n` (from 1).
    Page(u32),
    /// Pages left out ("…").
    Gap,
}

/// Pages shown on either side of the current one.
pub const NEIGHBOURS: u32 = 1;

/// The most items [`window`] returns: first, gap, the current page with its neighbours,
/// gap, last.
pub const MAX_ITEMS: usize = 5 + 2 * NEIGHBOURS as usize;

/// The items for page `current` of `total` pages (`current` is clamped to `1..=total`;
/// no items for fewer than 2 pages). A gap that would stand for a single page shows that
/// page instead: it takes the same room and hides nothing.
pub fn window(current: u32, total: u32) -> Vec<Item> {
    if total < 2 {
        return Vec::new();
    }
    let current = current.clamp(1, total);
    let from = current.saturating_sub(NEIGHBOURS).max(1);
    let to = current.saturating_add(NEIGHBOURS).min(total);
    let mut items = Vec::with_capacity(MAX_ITEMS);
    let push_run = |items: &mut Vec<Item>, after: u32, before: u32| {
        // The pages strictly between `after` and `before`.
        match before.saturating_sub(after) {
            0 | 1 => {}
            2 => items.push(Item::Page(after + 1)),
            _ => items.push(Item::Gap),
        }
    };
    if from > 1 {
        items.push(Item::Page(1));
        push_run(&mut items, 1, from);
    }
    items.extend((from..=to).map(Item::Page));
    if to < total {
        push_run(&mut items, to, total);
        items.push(Item::Page(total));
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use Item::{Gap, Page};

    #[test]
    fn a_long_list_shows_first_last_and_the_neighbours_of_the_current_page() {
        assert_eq!(
            window(5, 40),
            vec![Page(1), Gap, Page(4), Page(5), Page(6), Gap, Page(40)]
        );
        assert_eq!(window(1, 40), vec![Page(1), Page(2), Gap, Page(40)]);
        assert_eq!(window(40, 40), vec![Page(1), Gap, Page(39), Page(40)]);
    }

    #[test]
    fn a_gap_of_one_page_shows_the_page() {
        assert_eq!(
            window(3, 40),
            vec![Page(1), Page(2), Page(3), Page(4), Gap, Page(40)]
        );
        assert_eq!(
            window(4, 6),
            vec![Page(1), Page(2), Page(3), Page(4), Page(5), Page(6)]
        );
    }

    #[test]
    fn short_lists_show_every_page_and_one_page_shows_none() {
        assert_eq!(window(2, 3), vec![Page(1), Page(2), Page(3)]);
        assert_eq!(window(1, 2), vec![Page(1), Page(2)]);
        assert_eq!(window(1, 1), vec![]);
        assert_eq!(window(1, 0), vec![]);
    }

    #[test]
    fn any_count_is_bounded_and_ordered() {
        for total in [2, 3, 7, 8, 9, 100, 4_000_000, u32::MAX] {
            for current in [
                0,
                1,
                2,
                3,
                total / 2,
                total.saturating_sub(2),
                total - 1,
                total,
                u32::MAX,
            ] {
                let items = window(current, total);
                assert!(items.len() <= MAX_ITEMS, "{current}/{total}: {items:?}");
                let pages: Vec<u32> = items
                    .iter()
                    .filter_map(|i| match i {
                        Page(n) => Some(*n),
                        Gap => None,
                    })
                    .collect();
                assert!(
                    pages.windows(2).all(|w| w[0] < w[1]),
                    "{current}/{total}: {items:?}"
                );
                assert_eq!(pages.first(), Some(&1));
                assert_eq!(pages.last(), Some(&total));
                assert!(pages.contains(&current.clamp(1, total)));
                // No two gaps in a row, and no gap at either end.
                assert!(!items.windows(2).any(|w| w == [Gap, Gap]));
                assert_ne!(items.first(), Some(&Gap));
                assert_ne!(items.last(), Some(&Gap));
            }
        }
    }
}
