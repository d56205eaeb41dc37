//! `Passwordpolicyv3dto`, from `apis/password-policies/schemas/passwordpolicyv3dto.yaml`.

/// `Passwordpolicyv3dto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Passwordpolicyv3dto {
    /// The password policy Id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Description for current password policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The name of the password policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Date the Password Policy was created.
    #[serde(rename = "dateCreated", skip_serializing_if = "Option::is_none")]
    pub date_created: Option<i64>,
    /// Date the Password Policy was updated.
    #[serde(rename = "lastUpdated", skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<i64>,
    /// The number of days before expiration remaninder.
    #[serde(rename = "firstExpirationReminder", skip_serializing_if = "Option::is_none")]
    pub first_expiration_reminder: Option<i64>,
    /// The minimun length of account Id. By default is equals to -1.
    #[serde(rename = "accountIdMinWordLength", skip_serializing_if = "Option::is_none")]
    pub account_id_min_word_length: Option<i64>,
    /// The minimun length of account name. By default is equals to -1.
    #[serde(
        rename = "accountNameMinWordLength",
        skip_serializing_if = "Option::is_none"
    )]
    pub account_name_min_word_length: Option<i64>,
    /// Maximum alpha. By default is equals to 0.
    #[serde(rename = "minAlpha", skip_serializing_if = "Option::is_none")]
    pub min_alpha: Option<i64>,
    /// MinCharacterTypes. By default is equals to -1.
    #[serde(rename = "minCharacterTypes", skip_serializing_if = "Option::is_none")]
    pub min_character_types: Option<i64>,
    /// Maximum length of the password.
    #[serde(rename = "maxLength", skip_serializing_if = "Option::is_none")]
    pub max_length: Option<i64>,
    /// Minimum length of the password. By default is equals to 0.
    #[serde(rename = "minLength", skip_serializing_if = "Option::is_none")]
    pub min_length: Option<i64>,
    /// Maximum repetition of the same character in the password. By default is equals to -1.
    #[serde(rename = "maxRepeatedChars", skip_serializing_if = "Option::is_none")]
    pub max_repeated_chars: Option<i64>,
    /// Minimum amount of lower case character in the password. By default is equals to 0.
    #[serde(rename = "minLower", skip_serializing_if = "Option::is_none")]
    pub min_lower: Option<i64>,
    /// Minimum amount of numeric characters in the password. By default is equals to 0.
    #[serde(rename = "minNumeric", skip_serializing_if = "Option::is_none")]
    pub min_numeric: Option<i64>,
    /// Minimum amount of special symbols in the password. By default is equals to 0.
    #[serde(rename = "minSpecial", skip_serializing_if = "Option::is_none")]
    pub min_special: Option<i64>,
    /// Minimum amount of upper case symbols in the password. By default is equals to 0.
    #[serde(rename = "minUpper", skip_serializing_if = "Option::is_none")]
    pub min_upper: Option<i64>,
    /// Number of days before current password expires. By default is equals to 90.
    #[serde(rename = "passwordExpiration", skip_serializing_if = "Option::is_none")]
    pub password_expiration: Option<i64>,
    /// Defines whether this policy is default or not. Default policy is created automatically when an org is setup. This field is false by default.
    #[serde(rename = "defaultPolicy", skip_serializing_if = "Option::is_none")]
    pub default_policy: Option<bool>,
    /// Defines whether this policy is enabled to expire or not. This field is false by default.
    #[serde(rename = "enablePasswdExpiration", skip_serializing_if = "Option::is_none")]
    pub enable_passwd_expiration: Option<bool>,
    /// Defines whether this policy require strong Auth or not. This field is false by default.
    #[serde(rename = "requireStrongAuthn", skip_serializing_if = "Option::is_none")]
    pub require_strong_authn: Option<bool>,
    /// Defines whether this policy require strong Auth of network or not. This field is false by default.
    #[serde(
        rename = "requireStrongAuthOffNetwork",
        skip_serializing_if = "Option::is_none"
    )]
    pub require_strong_auth_off_network: Option<bool>,
    /// Defines whether this policy require strong Auth for untrusted geographies. This field is false by default.
    #[serde(
        rename = "requireStrongAuthUntrustedGeographies",
        skip_serializing_if = "Option::is_none"
    )]
    pub require_strong_auth_untrusted_geographies: Option<bool>,
    /// Defines whether this policy uses account attributes or not. This field is false by default.
    #[serde(rename = "useAccountAttributes", skip_serializing_if = "Option::is_none")]
    pub use_account_attributes: Option<bool>,
    /// Defines whether this policy uses dictionary or not. This field is false by default.
    #[serde(rename = "useDictionary", skip_serializing_if = "Option::is_none")]
    pub use_dictionary: Option<bool>,
    /// Defines whether this policy uses identity attributes or not. This field is false by default.
    #[serde(rename = "useIdentityAttributes", skip_serializing_if = "Option::is_none")]
    pub use_identity_attributes: Option<bool>,
    /// Defines whether this policy validate against account id or not. This field is false by default.
    #[serde(
        rename = "validateAgainstAccountId",
        skip_serializing_if = "Option::is_none"
    )]
    pub validate_against_account_id: Option<bool>,
    /// Defines whether this policy validate against account name or not. This field is false by default.
    #[serde(
        rename = "validateAgainstAccountName",
        skip_serializing_if = "Option::is_none"
    )]
    pub validate_against_account_name: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    /// List of sources IDs managed by this password policy.
    #[serde(rename = "sourceIds", skip_serializing_if = "Option::is_none")]
    pub source_ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Passwordpolicyv3dto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Passwordpolicyv3dto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Passwordpolicyv3dto {
    const NAME: &'static str = "Passwordpolicyv3dto";

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
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "dateCreated" => self.date_created = map.next_value()?,
            "lastUpdated" => self.last_updated = map.next_value()?,
            "firstExpirationReminder" => {
                self.first_expiration_reminder = map.next_value()?;
            }
            "accountIdMinWordLength" => {
                self.account_id_min_word_length = map.next_value()?;
            }
            "accountNameMinWordLength" => {
                self.account_name_min_word_length = map.next_value()?;
            }
            "minAlpha" => self.min_alpha = map.next_value()?,
            "minCharacterTypes" => self.min_character_types = map.next_value()?,
            "maxLength" => self.max_length = map.next_value()?,
            "minLength" => self.min_length = map.next_value()?,
            "maxRepeatedChars" => self.max_repeated_chars = map.next_value()?,
            "minLower" => self.min_lower = map.next_value()?,
            "minNumeric" => self.min_numeric = map.next_value()?,
            "minSpecial" => self.min_special = map.next_value()?,
            "minUpper" => self.min_upper = map.next_value()?,
            "passwordExpiration" => self.password_expiration = map.next_value()?,
            "defaultPolicy" => {
                self.default_policy = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "enablePasswdExpiration" => {
                self.enable_passwd_expiration = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "requireStrongAuthn" => {
                self.require_strong_authn = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "requireStrongAuthOffNetwork" => {
                self.require_strong_auth_off_network = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "requireStrongAuthUntrustedGeographies" => {
                self.require_strong_auth_untrusted_geographies = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "useAccountAttributes" => {
                self.use_account_attributes = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "useDictionary" => {
                self.use_dictionary = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "useIdentityAttributes" => {
                self.use_identity_attributes = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "validateAgainstAccountId" => {
                self.validate_against_account_id = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "validateAgainstAccountName" => {
                self.validate_against_account_name = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "created" => self.created = map.next_value_seed(crate::lenient::TextOption)?,
            "modified" => {
                self.modified = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceIds" => self.source_ids = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
