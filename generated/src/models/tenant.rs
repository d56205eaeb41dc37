//! `Tenant`, from `beta/schemas/Tenant.yaml`.

use crate::models::Product;

/// `Tenant` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Tenant {
    /// The unique identifier for the Tenant
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Abbreviated name of the Tenant
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Human-readable name of the Tenant
    #[serde(
        rename = "fullName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub full_name: Option<String>,
    /// Deployment pod for the Tenant
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub pod: Option<String>,
    /// Deployment region for the Tenant
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub region: Option<String>,
    /// Description of the Tenant
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<Product>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Tenant {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Tenant {
            id: None,
            name: None,
            full_name: None,
            pod: None,
            region: None,
            description: None,
            products: None,
            additional_properties: Default::default(),
        }
    }
}
