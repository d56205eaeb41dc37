//! `AccessItemAccessProfileResponseAppRefsInner`, from `beta/schemas/AccessItemAccessProfileResponse.yaml#/properties/appRefs/items`.

/// `AccessItemAccessProfileResponseAppRefsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl AccessItemAccessProfileResponseAppRefsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessItemAccessProfileResponseAppRefsInner {
            cloud_app_id: None,
            cloud_app_name: None,
        }
    }
}
