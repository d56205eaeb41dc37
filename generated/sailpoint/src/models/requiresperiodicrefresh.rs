//! `Requiresperiodicrefresh`, from `apis/sources/schemas/requiresperiodicrefresh.yaml`.

/// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
pub type Requiresperiodicrefresh = bool;
