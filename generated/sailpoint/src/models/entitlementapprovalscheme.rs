//! `Entitlementapprovalscheme`, from `apis/shared/schemas/entitlementapprovalscheme.yaml`.

use crate::models::EntitlementapprovalschemeApproverType;

/// `Entitlementapprovalscheme` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Entitlementapprovalscheme {
    /// Describes the individual or group that is responsible for an approval step. Values are as follows.
    ///
    /// **ENTITLEMENT_OWNER**: Owner of the associated Entitlement
    ///
    /// **SOURCE_OWNER**: Owner of the associated Source
    ///
    /// **MANAGER**: Manager of the Identity for whom the request is being made
    ///
    /// **GOVERNANCE_GROUP**: A Governance Group, the ID of which is specified by the **approverId** field
    ///
    /// **WORKFLOW**: A Workflow, the ID of which is specified by the **approverId** field, Workflows are exclusive to other types of approvals and License required.
    #[serde(rename = "approverType", skip_serializing_if = "Option::is_none")]
    pub approver_type: Option<EntitlementapprovalschemeApproverType>,
    /// Id of the specific approver, used only when approverType is GOVERNANCE_GROUP or WORKFLOW
    #[serde(rename = "approverId", skip_serializing_if = "Option::is_none")]
    pub approver_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Entitlementapprovalscheme {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Entitlementapprovalscheme {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Entitlementapprovalscheme {
    const NAME: &'static str = "Entitlementapprovalscheme";

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
            "approverType" => self.approver_type = map.next_value()?,
            "approverId" => {
                self.approver_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
