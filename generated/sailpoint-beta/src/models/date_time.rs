//! `DateTime`, from `v3/schemas/search/model/base/DateTime.yaml`.

/// A date-time in ISO-8601 format
pub type DateTime = chrono::DateTime<chrono::Utc>;
