//! `Identityattributeschanged`, from `apis/triggers/schemas/identityattributeschanged.yaml`.

use crate::models::{
    IdentityattributeschangedChangesInner, IdentityattributeschangedIdentity,
};

/// `Identityattributeschanged` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identityattributeschanged {
    /// Identity whose attributes changed.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<IdentityattributeschangedIdentity>,
    /// A list of one or more identity attributes that changed on the identity.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub changes: Vec<IdentityattributeschangedChangesInner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identityattributeschanged {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        identity: IdentityattributeschangedIdentity,
        changes: Vec<IdentityattributeschangedChangesInner>,
    ) -> Self {
        Identityattributeschanged {
            identity: Some(identity),
            changes,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Identityattributeschanged {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identityattributeschanged {
    const NAME: &'static str = "Identityattributeschanged";

    #[inline]
    fn empty() -> Self {
        Identityattributeschanged {
            identity: None,
            changes: Default::default(),
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
            "changes" => {
                self.changes = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
