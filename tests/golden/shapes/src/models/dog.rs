//! `Dog`, from `openapi.yaml#/components/schemas/Dog`.

/// A dog.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dog {
    /// Dog name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Breed.
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
        }
    }
}
