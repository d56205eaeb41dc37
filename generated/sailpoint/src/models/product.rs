//! `Product`, from `apis/tenant/schemas/product.yaml`.

use crate::models::{License, ProductOrgType};

/// `Product` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Product {
    /// Name of the Product
    #[serde(rename = "productName", skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// URL of the Product
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// An identifier for a specific product-tenant combination
    #[serde(rename = "productTenantId", skip_serializing_if = "Option::is_none")]
    pub product_tenant_id: Option<String>,
    /// Product region
    #[serde(rename = "productRegion", skip_serializing_if = "Option::is_none")]
    pub product_region: Option<String>,
    /// Right needed for the Product
    #[serde(rename = "productRight", skip_serializing_if = "Option::is_none")]
    pub product_right: Option<String>,
    /// API URL of the Product
    #[serde(rename = "apiUrl", skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub licenses: Option<Vec<License>>,
    /// Additional attributes for a product
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Zone
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// Status of the product
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Status datetime
    #[serde(rename = "statusDateTime", skip_serializing_if = "Option::is_none")]
    pub status_date_time: Option<chrono::DateTime<chrono::Utc>>,
    /// If there's a tenant provisioning failure then reason will have the description of error
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Product could have additional notes added during tenant provisioning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Date when the product was created
    #[serde(rename = "dateCreated", skip_serializing_if = "Option::is_none")]
    pub date_created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date when the product was last updated
    #[serde(rename = "lastUpdated", skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<chrono::DateTime<chrono::Utc>>,
    /// Type of org
    #[serde(rename = "orgType", skip_serializing_if = "Option::is_none")]
    pub org_type: Option<ProductOrgType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Product {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Product {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Product {
    const NAME: &'static str = "Product";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "productName" => {
                self.product_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "url" => self.url = map.next_value_seed(crate::lenient::TextOption)?,
            "productTenantId" => {
                self.product_tenant_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "productRegion" => {
                self.product_region = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "productRight" => {
                self.product_right = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "apiUrl" => self.api_url = map.next_value_seed(crate::lenient::TextOption)?,
            "licenses" => self.licenses = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            "zone" => self.zone = map.next_value_seed(crate::lenient::TextOption)?,
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "statusDateTime" => {
                self.status_date_time = map.next_value_seed(crate::datetime::Optional)?;
            }
            "reason" => self.reason = map.next_value_seed(crate::lenient::TextOption)?,
            "notes" => self.notes = map.next_value_seed(crate::lenient::TextOption)?,
            "dateCreated" => {
                self.date_created = map.next_value_seed(crate::datetime::Optional)?;
            }
            "lastUpdated" => {
                self.last_updated = map.next_value_seed(crate::datetime::Optional)?;
            }
            "orgType" => self.org_type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
