//! `Authuser`, from `apis/auth-users/schemas/authuser.yaml`.

use crate::models::AuthuserCapabilitiesInner;

/// `Authuser` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Authuser {
    /// Tenant name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    /// Identity ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identity's unique identitifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    /// ID of the auth profile associated with the auth user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// Auth user's employee number.
    #[serde(rename = "identificationNumber", skip_serializing_if = "Option::is_none")]
    pub identification_number: Option<String>,
    /// Auth user's email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Auth user's phone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Auth user's work phone number.
    #[serde(rename = "workPhone", skip_serializing_if = "Option::is_none")]
    pub work_phone: Option<String>,
    /// Auth user's personal email.
    #[serde(rename = "personalEmail", skip_serializing_if = "Option::is_none")]
    pub personal_email: Option<String>,
    /// Auth user's first name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub firstname: Option<String>,
    /// Auth user's last name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lastname: Option<String>,
    /// Auth user's name in displayed format.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Auth user's alias.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// Date of last password change.
    #[serde(rename = "lastPasswordChangeDate", skip_serializing_if = "Option::is_none")]
    pub last_password_change_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Timestamp of the last login (long type value).
    #[serde(rename = "lastLoginTimestamp", skip_serializing_if = "Option::is_none")]
    pub last_login_timestamp: Option<i64>,
    /// Timestamp of the current login (long type value).
    #[serde(rename = "currentLoginTimestamp", skip_serializing_if = "Option::is_none")]
    pub current_login_timestamp: Option<i64>,
    /// The date and time when the user was last unlocked.
    #[serde(rename = "lastUnlockTimestamp", skip_serializing_if = "Option::is_none")]
    pub last_unlock_timestamp: Option<chrono::DateTime<chrono::Utc>>,
    /// Array of the auth user's capabilities.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<Vec<AuthuserCapabilitiesInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Authuser {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Authuser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Authuser {
    const NAME: &'static str = "Authuser";

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
            "tenant" => self.tenant = map.next_value_seed(crate::lenient::TextOption)?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "uid" => self.uid = map.next_value_seed(crate::lenient::TextOption)?,
            "profile" => self.profile = map.next_value_seed(crate::lenient::TextOption)?,
            "identificationNumber" => {
                self.identification_number = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "email" => self.email = map.next_value_seed(crate::lenient::TextOption)?,
            "phone" => self.phone = map.next_value_seed(crate::lenient::TextOption)?,
            "workPhone" => {
                self.work_phone = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "personalEmail" => {
                self.personal_email = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "firstname" => {
                self.firstname = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "lastname" => {
                self.lastname = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "alias" => self.alias = map.next_value_seed(crate::lenient::TextOption)?,
            "lastPasswordChangeDate" => {
                self.last_password_change_date = map
                    .next_value_seed(crate::datetime::Optional)?;
            }
            "lastLoginTimestamp" => self.last_login_timestamp = map.next_value()?,
            "currentLoginTimestamp" => self.current_login_timestamp = map.next_value()?,
            "lastUnlockTimestamp" => {
                self.last_unlock_timestamp = map
                    .next_value_seed(crate::datetime::Optional)?;
            }
            "capabilities" => self.capabilities = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
