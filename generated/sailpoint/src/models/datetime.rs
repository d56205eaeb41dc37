//! `Datetime`, from `apis/shared/schemas/datetime.yaml`.

/// A date-time in ISO-8601 format
pub type Datetime = chrono::DateTime<chrono::Utc>;
