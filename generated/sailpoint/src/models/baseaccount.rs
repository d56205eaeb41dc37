//! `Baseaccount`, from `apis/search/schemas/baseaccount.yaml`.

use crate::models::{Accountsource, Datetime};

/// `Baseaccount` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Baseaccount {
    /// The unique ID of the referenced object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The human readable name of the referenced object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Account ID.
    #[serde(rename = "accountId", skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Accountsource>,
    /// Indicates whether the account is disabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Indicates whether the account is locked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locked: Option<bool>,
    /// Indicates whether the account is privileged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    /// Indicates whether the account has been manually correlated to an identity.
    #[serde(rename = "manuallyCorrelated", skip_serializing_if = "Option::is_none")]
    pub manually_correlated: Option<bool>,
    #[serde(rename = "passwordLastSet", skip_serializing_if = "Option::is_none")]
    pub password_last_set: Option<Datetime>,
    /// Map or dictionary of key/value pairs.
    #[serde(rename = "entitlementAttributes", skip_serializing_if = "Option::is_none")]
    pub entitlement_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// ISO-8601 date-time referring to the time when the object was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Indicates whether the account supports password change.
    #[serde(rename = "supportsPasswordChange", skip_serializing_if = "Option::is_none")]
    pub supports_password_change: Option<bool>,
    /// Map or dictionary of key/value pairs.
    #[serde(rename = "accountAttributes", skip_serializing_if = "Option::is_none")]
    pub account_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Baseaccount {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Baseaccount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Baseaccount {
    const NAME: &'static str = "Baseaccount";

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
            "accountId" => {
                self.account_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "source" => self.source = map.next_value()?,
            "disabled" => {
                self.disabled = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "locked" => self.locked = map.next_value_seed(crate::lenient::FlagOption)?,
            "privileged" => {
                self.privileged = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "manuallyCorrelated" => {
                self.manually_correlated = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "passwordLastSet" => self.password_last_set = map.next_value()?,
            "entitlementAttributes" => self.entitlement_attributes = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "supportsPasswordChange" => {
                self.supports_password_change = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "accountAttributes" => self.account_attributes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
