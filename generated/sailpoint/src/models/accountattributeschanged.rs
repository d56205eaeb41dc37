//! `Accountattributeschanged`, from `apis/triggers/schemas/accountattributeschanged.yaml`.

use crate::models::{
    AccountattributeschangedAccount, AccountattributeschangedChangesInner,
    AccountattributeschangedIdentity, AccountattributeschangedSource,
};

/// `Accountattributeschanged` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountattributeschanged {
    /// The identity whose account attributes were updated.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<AccountattributeschangedIdentity>,
    /// The source that contains the account.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<AccountattributeschangedSource>,
    /// Details of the account where the attributes changed.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<AccountattributeschangedAccount>,
    /// A list of attributes that changed.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub changes: Vec<AccountattributeschangedChangesInner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountattributeschanged {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        identity: AccountattributeschangedIdentity,
        source: AccountattributeschangedSource,
        account: AccountattributeschangedAccount,
        changes: Vec<AccountattributeschangedChangesInner>,
    ) -> Self {
        Accountattributeschanged {
            identity: Some(identity),
            source: Some(source),
            account: Some(account),
            changes,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accountattributeschanged {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountattributeschanged {
    const NAME: &'static str = "Accountattributeschanged";

    #[inline]
    fn empty() -> Self {
        Accountattributeschanged {
            identity: None,
            source: None,
            account: None,
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
            "source" => self.source = map.next_value()?,
            "account" => self.account = map.next_value()?,
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
