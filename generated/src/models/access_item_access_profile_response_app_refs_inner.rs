//! `AccessItemAccessProfileResponseAppRefsInner`, from `beta/schemas/AccessItemAccessProfileResponse.yaml#/properties/appRefs/items`.

/// `AccessItemAccessProfileResponseAppRefsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessItemAccessProfileResponseAppRefsInner {
    /// the cloud app id associated with the access profile
    #[serde(
        rename = "cloudAppId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub cloud_app_id: Option<String>,
    /// the cloud app name associated with the access profile
    #[serde(
        rename = "cloudAppName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub cloud_app_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessItemAccessProfileResponseAppRefsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessItemAccessProfileResponseAppRefsInner {
            cloud_app_id: None,
            cloud_app_name: None,
            additional_properties: Default::default(),
        }
    }
}
