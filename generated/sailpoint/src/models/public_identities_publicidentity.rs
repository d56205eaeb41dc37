//! `PublicIdentitiesPublicidentity`, from `apis/public-identities/schemas/publicidentity.yaml`.

use crate::models::{
    Identityreference, PublicIdentitiesPublicidentityAttributesInner,
    PublicIdentitiesPublicidentityIdentityState,
};

/// Details about a public identity
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct PublicIdentitiesPublicidentity {
    /// Identity id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Human-readable display name of identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Alternate unique identifier for the identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// Email address of identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The lifecycle status for the identity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The current state of the identity, which determines how Identity Security Cloud interacts with the identity.
    /// An identity that is Active will be included identity picklists in Request Center, identity processing, and more.
    /// Identities that are Inactive will be excluded from these features.
    #[serde(rename = "identityState", skip_serializing_if = "Option::is_none")]
    pub identity_state: Option<PublicIdentitiesPublicidentityIdentityState>,
    /// An identity reference to the manager of this identity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manager: Option<Identityreference>,
    /// The public identity attributes of the identity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<PublicIdentitiesPublicidentityAttributesInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PublicIdentitiesPublicidentity {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for PublicIdentitiesPublicidentity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for PublicIdentitiesPublicidentity {
    const NAME: &'static str = "PublicIdentitiesPublicidentity";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "alias" => self.alias = map.next_value_seed(crate::lenient::TextOption)?,
            "email" => self.email = map.next_value_seed(crate::lenient::TextOption)?,
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "identityState" => self.identity_state = map.next_value()?,
            "manager" => self.manager = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
