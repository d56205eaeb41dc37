//! `RequiresPeriodicRefresh`, from `v3/schemas/transforms/RequiresPeriodicRefresh.yaml`.

/// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
pub type RequiresPeriodicRefresh = bool;
