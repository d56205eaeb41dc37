//! `FilterValueValueVariant5Inner`, from `openapi.yaml#/components/schemas/FilterValue/properties/value/oneOf/4/items`.

/// `FilterValueValueVariant5Inner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FilterValueValueVariant5Inner {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
}

impl FilterValueValueVariant5Inner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FilterValueValueVariant5Inner {
            id: None,
        }
    }
}
