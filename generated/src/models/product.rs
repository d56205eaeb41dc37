//! `Product`, from `beta/schemas/Product.yaml`.

use crate::models::{License, ProductOrgType};

/// `Product` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Product {
    /// Name of the Product
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub product_name: Option<String>,
    /// URL of the Product
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub url: Option<String>,
    /// An identifier for a specific product-tenant combination
    #[serde(
        rename = "productTenantId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub product_tenant_id: Option<String>,
    /// Product region
    #[serde(
        rename = "productRegion",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub product_region: Option<String>,
    /// Right needed for the Product
    #[serde(
        rename = "productRight",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub product_right: Option<String>,
    /// API URL of the Product
    #[serde(
        rename = "apiUrl",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub api_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licenses: Option<Vec<License>>,
    /// Additional attributes for a product
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Zone
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub zone: Option<String>,
    /// Status of the product
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub status: Option<String>,
    /// Status datetime
    #[serde(
        rename = "statusDateTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub status_date_time: Option<chrono::DateTime<chrono::Utc>>,
    /// If there's a tenant provisioning failure then reason will have the description of error
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub reason: Option<String>,
    /// Product could have additional notes added during tenant provisioning.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub notes: Option<String>,
    /// Date when the product was created
    #[serde(
        rename = "dateCreated",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub date_created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date when the product was last updated
    #[serde(
        rename = "lastUpdated",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub last_updated: Option<chrono::DateTime<chrono::Utc>>,
    /// Type of org
    #[serde(rename = "orgType", default, skip_serializing_if = "Option::is_none")]
    pub org_type: Option<ProductOrgType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Product {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Product {
            product_name: None,
            url: None,
            product_tenant_id: None,
            product_region: None,
            product_right: None,
            api_url: None,
            licenses: None,
            attributes: None,
            zone: None,
            status: None,
            status_date_time: None,
            reason: None,
            notes: None,
            date_created: None,
            last_updated: None,
            org_type: None,
            additional_properties: Default::default(),
        }
    }
}
