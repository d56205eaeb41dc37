//! `NonEmployeeRequestBody`, from `beta/schemas/NonEmployeeRequestBody.yaml`.

/// `NonEmployeeRequestBody` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NonEmployeeRequestBody {
    /// Requested identity account name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "accountName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub account_name: String,
    /// Non-Employee's first name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "firstName", default, deserialize_with = "crate::lenient::string")]
    pub first_name: String,
    /// Non-Employee's last name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "lastName", default, deserialize_with = "crate::lenient::string")]
    pub last_name: String,
    /// Non-Employee's email.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub email: String,
    /// Non-Employee's phone.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub phone: String,
    /// The account ID of a valid identity to serve as this non-employee's manager.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub manager: String,
    /// Non-Employee's source id.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceId", default, deserialize_with = "crate::lenient::string")]
    pub source_id: String,
    /// Additional attributes for a non-employee. Up to 10 custom attributes can be added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<std::collections::BTreeMap<String, String>>,
    /// Non-Employee employment start date.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        rename = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Non-Employee employment end date.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        rename = "endDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NonEmployeeRequestBody {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        account_name: impl Into<String>,
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        email: impl Into<String>,
        phone: impl Into<String>,
        manager: impl Into<String>,
        source_id: impl Into<String>,
        start_date: chrono::DateTime<chrono::Utc>,
        end_date: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        NonEmployeeRequestBody {
            account_name: account_name.into(),
            first_name: first_name.into(),
            last_name: last_name.into(),
            email: email.into(),
            phone: phone.into(),
            manager: manager.into(),
            source_id: source_id.into(),
            data: None,
            start_date: Some(start_date),
            end_date: Some(end_date),
            additional_properties: Default::default(),
        }
    }
}
