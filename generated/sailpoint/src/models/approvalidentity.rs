//! `Approvalidentity`, from `apis/approvals/schemas/approvalidentity.yaml`.

use crate::models::{
    ApprovalidentityMembersInner, ApprovalidentityOwnerOfInner, ApprovalidentityType,
};

/// Approval Identity Object
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approvalidentity {
    /// Email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Identity ID of the type of identity defined in the 'type' field.
    #[serde(rename = "identityID", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// List of members of a governance group. Will be omitted if the identity is not a governance group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<ApprovalidentityMembersInner>>,
    /// Name of the identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// List of owned items. For example, will show the items in which a ROLE_OWNER owns. Omitted if not an owner of anything.
    #[serde(rename = "ownerOf", skip_serializing_if = "Option::is_none")]
    pub owner_of: Option<Vec<ApprovalidentityOwnerOfInner>>,
    /// The serial step of the identity in the approval. For example serialOrder 1 is the first identity to action in an approval request chain. Parallel approvals are set to 0.
    #[serde(rename = "serialOrder", skip_serializing_if = "Option::is_none")]
    pub serial_order: Option<i64>,
    /// Type of identityID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ApprovalidentityType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approvalidentity {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approvalidentity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approvalidentity {
    const NAME: &'static str = "Approvalidentity";

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
            "email" => self.email = map.next_value_seed(crate::lenient::TextOption)?,
            "identityID" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "members" => self.members = map.next_value()?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "ownerOf" => self.owner_of = map.next_value()?,
            "serialOrder" => self.serial_order = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
