//! `Provisioningconfig`, from `apis/service-desk-integration/schemas/provisioningconfig.yaml`.

use crate::models::{ProvisioningconfigPlanInitializerScript, Servicedesksource};

/// Specification of a Service Desk integration provisioning configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Provisioningconfig {
    /// Specifies whether this configuration is used to manage provisioning requests for all sources from the org.  If true, no managedResourceRefs are allowed.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "universalManager", skip_serializing_if = "Option::is_none")]
    pub universal_manager: Option<bool>,
    /// References to sources for the Service Desk integration template.  May only be specified if universalManager is false.
    #[serde(rename = "managedResourceRefs", skip_serializing_if = "Option::is_none")]
    pub managed_resource_refs: Option<Vec<Servicedesksource>>,
    /// This is a reference to a plan initializer script.
    #[serde(rename = "planInitializerScript", skip_serializing_if = "Option::is_none")]
    pub plan_initializer_script: Option<ProvisioningconfigPlanInitializerScript>,
    /// Name of an attribute that when true disables the saving of ProvisioningRequest objects whenever plans are sent through this integration.
    #[serde(rename = "noProvisioningRequests", skip_serializing_if = "Option::is_none")]
    pub no_provisioning_requests: Option<bool>,
    /// When saving pending requests is enabled, this defines the number of hours the request is allowed to live before it is considered expired and no longer affects plan compilation.
    #[serde(
        rename = "provisioningRequestExpiration",
        skip_serializing_if = "Option::is_none"
    )]
    pub provisioning_request_expiration: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Provisioningconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Provisioningconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Provisioningconfig {
    const NAME: &'static str = "Provisioningconfig";

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
            "universalManager" => {
                self.universal_manager = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "managedResourceRefs" => self.managed_resource_refs = map.next_value()?,
            "planInitializerScript" => self.plan_initializer_script = map.next_value()?,
            "noProvisioningRequests" => {
                self.no_provisioning_requests = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "provisioningRequestExpiration" => {
                self.provisioning_request_expiration = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
