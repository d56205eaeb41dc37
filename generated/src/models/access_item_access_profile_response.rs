//! `AccessItemAccessProfileResponse`, from `beta/schemas/AccessItemAccessProfileResponse.yaml`.

use crate::models::AccessItemAccessProfileResponseAppRefsInner;

/// `AccessItemAccessProfileResponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessItemAccessProfileResponse {
    /// the access item id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// the access item type. accessProfile in this case
    #[serde(
        rename = "accessType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub access_type: Option<String>,
    /// the display name of the identity
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// the name of the source
    #[serde(
        rename = "sourceName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_name: Option<String>,
    /// the number of entitlements the access profile will create
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(
        rename = "entitlementCount",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub entitlement_count: i32,
    /// the description for the access profile
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// the id of the source
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_id: Option<String>,
    /// the list of app ids associated with the access profile
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(
        rename = "appRefs",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub app_refs: Vec<AccessItemAccessProfileResponseAppRefsInner>,
    /// the date the access profile will be assigned to the specified identity, in case requested with a future start date
    #[serde(
        rename = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub start_date: Option<String>,
    /// the date the access profile is no longer assigned to the specified identity
    #[serde(
        rename = "removeDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub remove_date: Option<String>,
    /// indicates whether the access profile is standalone
    #[serde(default, deserialize_with = "crate::lenient::boolean_option")]
    pub standalone: Option<bool>,
    /// indicates whether the access profile is revocable
    #[serde(default, deserialize_with = "crate::lenient::boolean_option")]
    pub revocable: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessItemAccessProfileResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        entitlement_count: i32,
        app_refs: Vec<AccessItemAccessProfileResponseAppRefsInner>,
    ) -> Self {
        AccessItemAccessProfileResponse {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            entitlement_count,
            description: None,
            source_id: None,
            app_refs,
            start_date: None,
            remove_date: None,
            standalone: None,
            revocable: None,
            additional_properties: Default::default(),
        }
    }
}
