//! `AccountUsage`, from `beta/schemas/AccountUsage.yaml`.

/// `AccountUsage` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountUsage {
    /// The first day of the month for which activity is aggregated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::NaiveDate>,
    /// The number of days within the month that the account was active in a source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountUsage {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccountUsage {
            date: None,
            count: None,
            additional_properties: Default::default(),
        }
    }
}
