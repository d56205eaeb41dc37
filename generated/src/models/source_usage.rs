//! `SourceUsage`, from `beta/schemas/SourceUsage.yaml`.

/// `SourceUsage` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourceUsage {
    /// The first day of the month for which activity is aggregated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::NaiveDate>,
    /// The average number of days that accounts were active within this source, for the month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<f32>,
}

impl SourceUsage {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SourceUsage {
            date: None,
            count: None,
        }
    }
}
