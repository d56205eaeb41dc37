//! `Approverdto`, from `apis/account-deletion-requests/schemas/approverdto.yaml`.

use crate::models::Approverreference;

/// Contains detailed information about the approver, including their identity, contact details, type, and references to related identities such as owners, actioned identities, and members.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approverdto {
    /// Identity ID and it cannot be null.
    #[serde(rename = "identityID", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// Optional id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identity display name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email address of identity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Used to mention type of data transfer object in this case it is used to transfer IDENTITY data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// List of reference of identity type dto for account owner identities
    #[serde(rename = "ownerOf", skip_serializing_if = "Option::is_none")]
    pub owner_of: Option<Vec<Approverreference>>,
    /// List of reference of identity type dto who acted on behalf of other identities.
    #[serde(rename = "actionedAs", skip_serializing_if = "Option::is_none")]
    pub actioned_as: Option<Vec<Approverreference>>,
    /// List of reference of identity type dto for member identities.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<Approverreference>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approverdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approverdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approverdto {
    const NAME: &'static str = "Approverdto";

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
            "identityID" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "email" => self.email = map.next_value_seed(crate::lenient::TextOption)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "ownerOf" => self.owner_of = map.next_value()?,
            "actionedAs" => self.actioned_as = map.next_value()?,
            "members" => self.members = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
