//! `SourceUsage`, from `beta/schemas/SourceUsage.yaml`.

/// `SourceUsage` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceUsage {
    /// The first day of the month for which activity is aggregated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::NaiveDate>,
    /// The average number of days that accounts were active within this source, for the month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<f32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceUsage {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SourceUsage {
            date: None,
            count: None,
            additional_properties: Default::default(),
        }
    }
}
