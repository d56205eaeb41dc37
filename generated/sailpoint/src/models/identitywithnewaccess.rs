//! `Identitywithnewaccess`, from `apis/sod-violations/schemas/identitywithnewaccess.yaml`.

use crate::models::IdentitywithnewaccessAccessRefsInner;

/// An identity with a set of access to be added
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identitywithnewaccess {
    /// Identity id to be checked.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "identityId")]
    pub identity_id: String,
    /// The list of entitlements to consider for possible violations in a preventive check.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "accessRefs")]
    pub access_refs: Vec<IdentitywithnewaccessAccessRefsInner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identitywithnewaccess {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        identity_id: impl Into<String>,
        access_refs: Vec<IdentitywithnewaccessAccessRefsInner>,
    ) -> Self {
        Identitywithnewaccess {
            identity_id: identity_id.into(),
            access_refs,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Identitywithnewaccess {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identitywithnewaccess {
    const NAME: &'static str = "Identitywithnewaccess";

    #[inline]
    fn empty() -> Self {
        Identitywithnewaccess {
            identity_id: Default::default(),
            access_refs: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "identityId" => self.identity_id = map.next_value_seed(crate::lenient::Text)?,
            "accessRefs" => {
                self.access_refs = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
