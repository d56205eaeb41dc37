//! `NonEmployeeRequestBody`, from `beta/schemas/NonEmployeeRequestBody.yaml`.

/// `NonEmployeeRequestBody` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NonEmployeeRequestBody {
    /// Requested identity account name.
    #[serde(
        rename = "accountName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub account_name: String,
    /// Non-Employee's first name.
    #[serde(rename = "firstName", default, deserialize_with = "crate::lenient::string")]
    pub first_name: String,
    /// Non-Employee's last name.
    #[serde(rename = "lastName", default, deserialize_with = "crate::lenient::string")]
    pub last_name: String,
    /// Non-Employee's email.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub email: String,
    /// Non-Employee's phone.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub phone: String,
    /// The account ID of a valid identity to serve as this non-employee's manager.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub manager: String,
    /// Non-Employee's source id.
    #[serde(rename = "sourceId", default, deserialize_with = "crate::lenient::string")]
    pub source_id: String,
    /// Additional attributes for a non-employee. Up to 10 custom attributes can be added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<std::collections::BTreeMap<String, String>>,
    /// Non-Employee employment start date.
    #[serde(rename = "startDate", deserialize_with = "crate::datetime::deserialize")]
    pub start_date: chrono::DateTime<chrono::Utc>,
    /// Non-Employee employment end date.
    #[serde(rename = "endDate", deserialize_with = "crate::datetime::deserialize")]
    pub end_date: chrono::DateTime<chrono::Utc>,
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
            start_date,
            end_date,
        }
    }
}
