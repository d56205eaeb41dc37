//! `Dog`, from `openapi.yaml#/components/schemas/Dog`.

/// A dog.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Dog {
    /// Dog name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Breed.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub breed: String,
    /// Age in years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<i32>,
    /// Weight in kg.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// Always true.
    #[serde(
        rename = "goodBoy",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub good_boy: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Dog {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>, breed: impl Into<String>) -> Self {
        Dog {
            name: name.into(),
            breed: breed.into(),
            age: None,
            weight: None,
            good_boy: None,
            additional_properties: Default::default(),
        }
    }
}
