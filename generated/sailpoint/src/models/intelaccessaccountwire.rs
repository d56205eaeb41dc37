//! `Intelaccessaccountwire`, from `apis/intelligence/schemas/intelaccessaccountwire.yaml`.

use crate::models::Intelaccesssourcewire;

/// `Intelaccessaccountwire` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelaccessaccountwire {
    /// Unique account identifier in Identity Security Cloud.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Account name or login value on the correlated source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Source metadata for the account as returned by List Accounts wire format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Intelaccesssourcewire>,
    /// True when the account is administratively disabled on the source.
    ///
    /// A server's absent or `null` member reads as `false`.
    pub disabled: bool,
    /// True when the account is locked from interactive sign-in on the source.
    ///
    /// A server's absent or `null` member reads as `false`.
    pub locked: bool,
    /// True when the account is treated as authoritative for attribute synchronization.
    ///
    /// A server's absent or `null` member reads as `false`.
    pub authoritative: bool,
    /// True when the account represents a non-interactive or system principal.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "systemAccount")]
    pub system_account: bool,
    /// True when the account belongs to a machine or service identity.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "isMachine")]
    pub is_machine: bool,
    /// True when an administrator manually correlated the account to an identity.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "manuallyCorrelated")]
    pub manually_correlated: bool,
    /// Native identifier string on the source directory or application.
    #[serde(rename = "nativeIdentity", skip_serializing_if = "Option::is_none")]
    pub native_identity: Option<String>,
    /// Timestamp when the account record was created in Identity Security Cloud.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Timestamp when the account record was last modified in Identity Security Cloud.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Intelaccessaccountwire {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        disabled: bool,
        locked: bool,
        authoritative: bool,
        system_account: bool,
        is_machine: bool,
        manually_correlated: bool,
        created: chrono::DateTime<chrono::Utc>,
        modified: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Intelaccessaccountwire {
            id: id.into(),
            name: name.into(),
            source: None,
            disabled,
            locked,
            authoritative,
            system_account,
            is_machine,
            manually_correlated,
            native_identity: None,
            created: Some(created),
            modified: Some(modified),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelaccessaccountwire {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelaccessaccountwire {
    const NAME: &'static str = "Intelaccessaccountwire";

    #[inline]
    fn empty() -> Self {
        Intelaccessaccountwire {
            id: Default::default(),
            name: Default::default(),
            source: None,
            disabled: Default::default(),
            locked: Default::default(),
            authoritative: Default::default(),
            system_account: Default::default(),
            is_machine: Default::default(),
            manually_correlated: Default::default(),
            native_identity: None,
            created: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "source" => self.source = map.next_value()?,
            "disabled" => self.disabled = map.next_value_seed(crate::lenient::Flag)?,
            "locked" => self.locked = map.next_value_seed(crate::lenient::Flag)?,
            "authoritative" => {
                self.authoritative = map.next_value_seed(crate::lenient::Flag)?;
            }
            "systemAccount" => {
                self.system_account = map.next_value_seed(crate::lenient::Flag)?;
            }
            "isMachine" => self.is_machine = map.next_value_seed(crate::lenient::Flag)?,
            "manuallyCorrelated" => {
                self.manually_correlated = map.next_value_seed(crate::lenient::Flag)?;
            }
            "nativeIdentity" => {
                self.native_identity = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
