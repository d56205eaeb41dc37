//! `MultihostintegrationsConnectorAttributes`, from `apis/multi-host-integration/schemas/multihostintegrations.yaml#/properties/connectorAttributes`.

use crate::models::{
    MultihostintegrationsConnectorAttributesConnectorFileUploadHistory,
    MultihostintegrationsConnectorAttributesMultiHostAttributes,
    MultihostintegrationsConnectorAttributesMultihostStatus,
};

/// Connector specific configuration. This configuration will differ for Multi-Host Integration type.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MultihostintegrationsConnectorAttributes {
    /// Maximum sources allowed count of a Multi-Host Integration
    #[serde(rename = "maxAllowedSources", skip_serializing_if = "Option::is_none")]
    pub max_allowed_sources: Option<i32>,
    /// Last upload sources count of a Multi-Host Integration
    #[serde(rename = "lastSourceUploadCount", skip_serializing_if = "Option::is_none")]
    pub last_source_upload_count: Option<i32>,
    #[serde(
        rename = "connectorFileUploadHistory",
        skip_serializing_if = "Option::is_none"
    )]
    pub connector_file_upload_history: Option<
        MultihostintegrationsConnectorAttributesConnectorFileUploadHistory,
    >,
    /// Multi-Host integration status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multihost_status: Option<
        MultihostintegrationsConnectorAttributesMultihostStatus,
    >,
    /// Show account schema
    #[serde(rename = "showAccountSchema", skip_serializing_if = "Option::is_none")]
    pub show_account_schema: Option<bool>,
    /// Show entitlement schema
    #[serde(rename = "showEntitlementSchema", skip_serializing_if = "Option::is_none")]
    pub show_entitlement_schema: Option<bool>,
    /// Attributes of Multi-Host Integration
    #[serde(rename = "multiHostAttributes", skip_serializing_if = "Option::is_none")]
    pub multi_host_attributes: Option<
        MultihostintegrationsConnectorAttributesMultiHostAttributes,
    >,
    /// Members the spec does not declare.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, String>,
}

impl MultihostintegrationsConnectorAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for MultihostintegrationsConnectorAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for MultihostintegrationsConnectorAttributes {
    const NAME: &'static str = "MultihostintegrationsConnectorAttributes";

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
            "maxAllowedSources" => self.max_allowed_sources = map.next_value()?,
            "lastSourceUploadCount" => self.last_source_upload_count = map.next_value()?,
            "connectorFileUploadHistory" => {
                self.connector_file_upload_history = map.next_value()?;
            }
            "multihost_status" => self.multihost_status = map.next_value()?,
            "showAccountSchema" => {
                self.show_account_schema = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "showEntitlementSchema" => {
                self.show_entitlement_schema = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "multiHostAttributes" => self.multi_host_attributes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
