//! Typed positions in the site's lists. A country is known by a [`CountryId`](crate::model)
//! that indexes the list of countries and no other, so a pillar given where a country is
//! expected does not compile, as it would were both a `usize`.
//!
//! Each kind of id is declared next to its list (`model` for entries, `config` for languages
//! and statuses) with [`ids!`]; this module holds what they share and depends on nothing.

use std::fmt;
use std::marker::PhantomData;
use std::ops::{Index, IndexMut};

/// A position in one kind of [`List`].
pub(crate) trait Id: Copy {
    /// The id of the item at `index`: for the code that builds a list, and for an index that
    /// comes with its kind (a page of a section, `PageId::Entry`).
    fn new(index: usize) -> Self;
    fn index(self) -> usize;
}

/// Declares ids: `Copy` newtypes of a position, ordered as their list is.
macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub(crate) struct $name(usize);

        impl $name {
            /// The first item's id; also a placeholder where any id will do.
            #[allow(dead_code, reason = "not every kind of id needs it")]
            pub(crate) const FIRST: $name = $name(0);
        }

        impl $crate::ids::Id for $name {
            fn new(index: usize) -> Self {
                $name(index)
            }
            fn index(self) -> usize {
                self.0
            }
        }
    )*};
}
pub(crate) use ids;

/// A list that only its own kind of id indexes.
pub(crate) struct List<I, T> {
    items: Vec<T>,
    id: PhantomData<fn() -> I>,
}

impl<I: Id, T> List<I, T> {
    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }

    pub(crate) fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    pub(crate) fn iter_mut(&mut self) -> std::slice::IterMut<'_, T> {
        self.items.iter_mut()
    }

    pub(crate) fn as_slice(&self) -> &[T] {
        &self.items
    }

    /// Every id, in the list's order.
    pub(crate) fn ids(&self) -> impl DoubleEndedIterator<Item = I> + ExactSizeIterator + use<I, T> {
        (0..self.items.len()).map(I::new)
    }

    /// Every item with its id, in the list's order.
    pub(crate) fn enumerate(&self) -> impl DoubleEndedIterator<Item = (I, &T)> {
        self.items
            .iter()
            .enumerate()
            .map(|(i, item)| (I::new(i), item))
    }

    /// The id of the first item that satisfies `found`.
    pub(crate) fn position(&self, found: impl FnMut(&T) -> bool) -> Option<I> {
        self.items.iter().position(found).map(I::new)
    }
}

impl<I: Id, T> Index<I> for List<I, T> {
    type Output = T;

    fn index(&self, id: I) -> &T {
        &self.items[id.index()]
    }
}

impl<I: Id, T> IndexMut<I> for List<I, T> {
    fn index_mut(&mut self, id: I) -> &mut T {
        &mut self.items[id.index()]
    }
}

impl<I, T> From<Vec<T>> for List<I, T> {
    fn from(items: Vec<T>) -> Self {
        List {
            items,
            id: PhantomData,
        }
    }
}

impl<I, T> FromIterator<T> for List<I, T> {
    fn from_iter<It: IntoIterator<Item = T>>(items: It) -> Self {
        Vec::from_iter(items).into()
    }
}

impl<'a, I, T> IntoIterator for &'a List<I, T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<I, T> Default for List<I, T> {
    fn default() -> Self {
        Vec::new().into()
    }
}

impl<I, T: Clone> Clone for List<I, T> {
    fn clone(&self) -> Self {
        self.items.clone().into()
    }
}

impl<I, T: PartialEq> PartialEq for List<I, T> {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items
    }
}

impl<I, T: Eq> Eq for List<I, T> {}

impl<I, T: fmt::Debug> fmt::Debug for List<I, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.items.fmt(f)
    }
}
