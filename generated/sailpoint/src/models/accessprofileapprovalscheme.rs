//! `Accessprofileapprovalscheme`, from `apis/access-profiles/schemas/accessprofileapprovalscheme.yaml`.

use crate::models::AccessprofileapprovalschemeApproverType;

/// `Accessprofileapprovalscheme` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessprofileapprovalscheme {
    /// Describes the individual or group that is responsible for an approval step. These are the possible values:
    /// **APP_OWNER**: The owner of the Application
    ///
    /// **OWNER**: Owner of the associated Access Profile or Role
    ///
    /// **SOURCE_OWNER**: Owner of the Source associated with an Access Profile
    ///
    /// **MANAGER**: Manager of the Identity making the request
    ///
    /// **GOVERNANCE_GROUP**: A Governance Group, the ID of which is specified by the **approverId** field
    ///
    /// **WORKFLOW**: A Workflow, the ID of which is specified by the **approverId** field. Workflow is exclusive to other types of approvals and License required.
    ///
    /// **ALL_OWNERS**: All owners of the Access Profile, including the primary owner and any secondary owners
    ///
    /// **ADDITIONAL_OWNER**: An additional owner of the Access Profile, the ID of which is specified by the **approverId** field
    ///
    /// **ADDITIONAL_GOVERNANCE_GROUP**: An additional Governance Group, the ID of which is specified by the **approverId** field
    #[serde(rename = "approverType", skip_serializing_if = "Option::is_none")]
    pub approver_type: Option<AccessprofileapprovalschemeApproverType>,
    /// Id of the specific approver, used when approverType is GOVERNANCE_GROUP, WORKFLOW, or ADDITIONAL_GOVERNANCE_GROUP.
    #[serde(rename = "approverId", skip_serializing_if = "Option::is_none")]
    pub approver_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessprofileapprovalscheme {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessprofileapprovalscheme {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessprofileapprovalscheme {
    const NAME: &'static str = "Accessprofileapprovalscheme";

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
