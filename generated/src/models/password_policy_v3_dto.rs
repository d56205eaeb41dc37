//! `PasswordPolicyV3Dto`, from `v3/schemas/PasswordPolicyV3Dto.yaml`.

/// `PasswordPolicyV3Dto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PasswordPolicyV3Dto {
    /// The password policy Id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Description for current password policy.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// The name of the password policy.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Date the Password Policy was created.
    #[serde(
        rename = "dateCreated",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub date_created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date the Password Policy was updated.
    #[serde(
        rename = "lastUpdated",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub last_updated: Option<chrono::DateTime<chrono::Utc>>,
    /// The number of days before expiration remaninder.
    #[serde(
        rename = "firstExpirationReminder",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub first_expiration_reminder: Option<i64>,
    /// The minimun length of account Id. By default is equals to -1.
    #[serde(
        rename = "accountIdMinWordLength",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_id_min_word_length: Option<i64>,
    /// The minimun length of account name. By default is equals to -1.
    #[serde(
        rename = "accountNameMinWordLength",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_name_min_word_length: Option<i64>,
    /// Maximum alpha. By default is equals to 0.
    #[serde(rename = "minAlpha", default, skip_serializing_if = "Option::is_none")]
    pub min_alpha: Option<i64>,
    /// MinCharacterTypes. By default is equals to -1.
    #[serde(
        rename = "minCharacterTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub min_character_types: Option<i64>,
    /// Maximum length of the password.
    #[serde(rename = "maxLength", default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<i64>,
    /// Minimum length of the password. By default is equals to 0.
    #[serde(rename = "minLength", default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<i64>,
    /// Maximum repetition of the same character in the password. By default is equals to -1.
    #[serde(
        rename = "maxRepeatedChars",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_repeated_chars: Option<i64>,
    /// Minimum amount of lower case character in the password. By default is equals to 0.
    #[serde(rename = "minLower", default, skip_serializing_if = "Option::is_none")]
    pub min_lower: Option<i64>,
    /// Minimum amount of numeric characters in the password. By default is equals to 0.
    #[serde(rename = "minNumeric", default, skip_serializing_if = "Option::is_none")]
    pub min_numeric: Option<i64>,
    /// Minimum amount of special symbols in the password. By default is equals to 0.
    #[serde(rename = "minSpecial", default, skip_serializing_if = "Option::is_none")]
    pub min_special: Option<i64>,
    /// Minimum amount of upper case symbols in the password. By default is equals to 0.
    #[serde(rename = "minUpper", default, skip_serializing_if = "Option::is_none")]
    pub min_upper: Option<i64>,
    /// Number of days before current password expires. By default is equals to 90.
    #[serde(
        rename = "passwordExpiration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub password_expiration: Option<i64>,
    /// Defines whether this policy is default or not. Default policy is created automatically when an org is setup. This field is false by default.
    #[serde(
        rename = "defaultPolicy",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub default_policy: Option<bool>,
    /// Defines whether this policy is enabled to expire or not. This field is false by default.
    #[serde(
        rename = "enablePasswdExpiration",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub enable_passwd_expiration: Option<bool>,
    /// Defines whether this policy require strong Auth or not. This field is false by default.
    #[serde(
        rename = "requireStrongAuthn",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub require_strong_authn: Option<bool>,
    /// Defines whether this policy require strong Auth of network or not. This field is false by default.
    #[serde(
        rename = "requireStrongAuthOffNetwork",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub require_strong_auth_off_network: Option<bool>,
    /// Defines whether this policy require strong Auth for untrusted geographies. This field is false by default.
    #[serde(
        rename = "requireStrongAuthUntrustedGeographies",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub require_strong_auth_untrusted_geographies: Option<bool>,
    /// Defines whether this policy uses account attributes or not. This field is false by default.
    #[serde(
        rename = "useAccountAttributes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub use_account_attributes: Option<bool>,
    /// Defines whether this policy uses dictionary or not. This field is false by default.
    #[serde(
        rename = "useDictionary",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub use_dictionary: Option<bool>,
    /// Defines whether this policy uses identity attributes or not. This field is false by default.
    #[serde(
        rename = "useIdentityAttributes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub use_identity_attributes: Option<bool>,
    /// Defines whether this policy validate against account id or not. This field is false by default.
    #[serde(
        rename = "validateAgainstAccountId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub validate_against_account_id: Option<bool>,
    /// Defines whether this policy validate against account name or not. This field is false by default.
    #[serde(
        rename = "validateAgainstAccountName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub validate_against_account_name: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub created: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub modified: Option<String>,
    /// List of sources IDs managed by this password policy.
    #[serde(rename = "sourceIds", default, skip_serializing_if = "Option::is_none")]
    pub source_ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PasswordPolicyV3Dto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PasswordPolicyV3Dto {
            id: None,
            description: None,
            name: None,
            date_created: None,
            last_updated: None,
            first_expiration_reminder: None,
            account_id_min_word_length: None,
            account_name_min_word_length: None,
            min_alpha: None,
            min_character_types: None,
            max_length: None,
            min_length: None,
            max_repeated_chars: None,
            min_lower: None,
            min_numeric: None,
            min_special: None,
            min_upper: None,
            password_expiration: None,
            default_policy: None,
            enable_passwd_expiration: None,
            require_strong_authn: None,
            require_strong_auth_off_network: None,
            require_strong_auth_untrusted_geographies: None,
            use_account_attributes: None,
            use_dictionary: None,
            use_identity_attributes: None,
            validate_against_account_id: None,
            validate_against_account_name: None,
            created: None,
            modified: None,
            source_ids: None,
            additional_properties: Default::default(),
        }
    }
}
