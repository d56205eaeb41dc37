//! `Identitydeleted`, from `apis/triggers/schemas/identitydeleted.yaml`.

use crate::models::IdentitydeletedIdentity;

/// `Identitydeleted` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identitydeleted {
    /// Deleted identity.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<IdentitydeletedIdentity>,
    /// The attributes assigned to the identity. Attributes are determined by the identity profile.
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identitydeleted {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        identity: IdentitydeletedIdentity,
        attributes: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Identitydeleted {
            identity: Some(identity),
            attributes,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Identitydeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identitydeleted {
    const NAME: &'static str = "Identitydeleted";

    #[inline]
    fn empty() -> Self {
        Identitydeleted {
            identity: None,
            attributes: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "identity" => self.identity = map.next_value()?,
            "attributes" => {
                self.attributes = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
