//! `Car`, from `openapi.yaml#/components/schemas/Car`.

/// `Car` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Car {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wheels: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Car {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Car {
            kind: None,
            wheels: None,
            additional_properties: Default::default(),
        }
    }
}
