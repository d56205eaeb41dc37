//! `Nonemployeerequestbody`, from `apis/non-employee-lifecycle-management/schemas/nonemployeerequestbody.yaml`.

/// `Nonemployeerequestbody` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Nonemployeerequestbody {
    /// Requested identity account name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "accountName")]
    pub account_name: String,
    /// Non-Employee's first name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "firstName")]
    pub first_name: String,
    /// Non-Employee's last name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "lastName")]
    pub last_name: String,
    /// Non-Employee's email.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub email: String,
    /// Non-Employee's phone.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub phone: String,
    /// The account ID of a valid identity to serve as this non-employee's manager.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub manager: String,
    /// Non-Employee's source id.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceId")]
    pub source_id: String,
    /// Additional attributes for a non-employee. Up to 10 custom attributes can be added.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<std::collections::BTreeMap<String, String>>,
    /// Non-Employee employment start date.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Non-Employee employment end date.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "endDate", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Nonemployeerequestbody {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    #[inline]
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
        Nonemployeerequestbody {
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

impl<'de> serde::Deserialize<'de> for Nonemployeerequestbody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Nonemployeerequestbody {
    const NAME: &'static str = "Nonemployeerequestbody";

    #[inline]
    fn empty() -> Self {
        Nonemployeerequestbody {
            account_name: Default::default(),
            first_name: Default::default(),
            last_name: Default::default(),
            email: Default::default(),
            phone: Default::default(),
            manager: Default::default(),
            source_id: Default::default(),
            data: None,
            start_date: None,
            end_date: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "accountName" => {
                self.account_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "firstName" => self.first_name = map.next_value_seed(crate::lenient::Text)?,
            "lastName" => self.last_name = map.next_value_seed(crate::lenient::Text)?,
            "email" => self.email = map.next_value_seed(crate::lenient::Text)?,
            "phone" => self.phone = map.next_value_seed(crate::lenient::Text)?,
            "manager" => self.manager = map.next_value_seed(crate::lenient::Text)?,
            "sourceId" => self.source_id = map.next_value_seed(crate::lenient::Text)?,
            "data" => self.data = map.next_value()?,
            "startDate" => {
                self.start_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "endDate" => self.end_date = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
