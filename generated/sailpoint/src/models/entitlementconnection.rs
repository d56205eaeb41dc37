//! `Entitlementconnection`, from `apis/entitlement-connections/schemas/entitlementconnection.yaml`.

use crate::models::EntitlementconnectionType;

/// Entitlement connection entity returned by patch APIs.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Entitlementconnection {
    /// Tenant identifier that owns the connection.
    #[serde(rename = "tenantId", skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// Entitlement connection identifier.
    #[serde(rename = "connectionId", skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// Identity identifier associated with the connection.
    #[serde(rename = "identityId", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// Machine identity identifier when the connection is machine-backed.
    #[serde(rename = "machineIdentityId", skip_serializing_if = "Option::is_none")]
    pub machine_identity_id: Option<String>,
    /// Account identifier for the connected source account.
    #[serde(rename = "accountId", skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Entitlement identifier on the source.
    #[serde(rename = "entitlementId", skip_serializing_if = "Option::is_none")]
    pub entitlement_id: Option<String>,
    /// Source identifier that provides the account and entitlement.
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Indicates whether the connection is marked as standalone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub standalone: Option<bool>,
    /// Entitlement attribute name on the source.
    #[serde(rename = "attributeName", skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    /// Entitlement attribute value on the source.
    #[serde(rename = "attributeValue", skip_serializing_if = "Option::is_none")]
    pub attribute_value: Option<String>,
    /// Connection type classification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<EntitlementconnectionType>,
    /// Current lifecycle state of the connection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Time the connection state was last updated.
    #[serde(rename = "stateChanged", skip_serializing_if = "Option::is_none")]
    pub state_changed: Option<chrono::DateTime<chrono::Utc>>,
    /// Identifier of the actor that last changed state.
    #[serde(rename = "stateChangedBy", skip_serializing_if = "Option::is_none")]
    pub state_changed_by: Option<String>,
    /// Time JIT activation occurred.
    #[serde(rename = "jitActivation", skip_serializing_if = "Option::is_none")]
    pub jit_activation: Option<chrono::DateTime<chrono::Utc>>,
    /// Time provisioning completed for JIT activation.
    #[serde(rename = "jitProvision", skip_serializing_if = "Option::is_none")]
    pub jit_provision: Option<chrono::DateTime<chrono::Utc>>,
    /// Time JIT deactivation occurred.
    #[serde(rename = "jitDeactivation", skip_serializing_if = "Option::is_none")]
    pub jit_deactivation: Option<chrono::DateTime<chrono::Utc>>,
    /// Time deprovisioning completed after JIT deactivation.
    #[serde(rename = "jitDeprovision", skip_serializing_if = "Option::is_none")]
    pub jit_deprovision: Option<chrono::DateTime<chrono::Utc>>,
    /// Time when JIT access expires.
    #[serde(rename = "jitExpiration", skip_serializing_if = "Option::is_none")]
    pub jit_expiration: Option<chrono::DateTime<chrono::Utc>>,
    /// Time after which the connection is eligible for deletion.
    #[serde(rename = "deleteAfter", skip_serializing_if = "Option::is_none")]
    pub delete_after: Option<chrono::DateTime<chrono::Utc>>,
    /// Time when the connection was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Time when the connection was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Display value for the actor associated with the latest change.
    #[serde(rename = "actorName", skip_serializing_if = "Option::is_none")]
    pub actor_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Entitlementconnection {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Entitlementconnection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Entitlementconnection {
    const NAME: &'static str = "Entitlementconnection";

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
            "tenantId" => {
                self.tenant_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "connectionId" => {
                self.connection_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "identityId" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "machineIdentityId" => {
                self.machine_identity_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "accountId" => {
                self.account_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "entitlementId" => {
                self.entitlement_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "standalone" => {
                self.standalone = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "attributeName" => {
                self.attribute_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attributeValue" => {
                self.attribute_value = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "state" => self.state = map.next_value_seed(crate::lenient::TextOption)?,
            "stateChanged" => {
                self.state_changed = map.next_value_seed(crate::datetime::Optional)?;
            }
            "stateChangedBy" => {
                self.state_changed_by = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "jitActivation" => {
                self.jit_activation = map.next_value_seed(crate::datetime::Optional)?;
            }
            "jitProvision" => {
                self.jit_provision = map.next_value_seed(crate::datetime::Optional)?;
            }
            "jitDeactivation" => {
                self.jit_deactivation = map.next_value_seed(crate::datetime::Optional)?;
            }
            "jitDeprovision" => {
                self.jit_deprovision = map.next_value_seed(crate::datetime::Optional)?;
            }
            "jitExpiration" => {
                self.jit_expiration = map.next_value_seed(crate::datetime::Optional)?;
            }
            "deleteAfter" => {
                self.delete_after = map.next_value_seed(crate::datetime::Optional)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "actorName" => {
                self.actor_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
