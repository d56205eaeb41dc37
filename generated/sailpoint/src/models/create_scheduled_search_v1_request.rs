//! `CreateScheduledSearchV1Request`, from `apis/scheduled-search/paths/scheduled-searches-v1.yaml#/post/requestBody/content/application~1json/schema`.

use crate::models::{Datetime, Schedule, SearchscheduleRecipientsInner};

/// `CreateScheduledSearchV1Request` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CreateScheduledSearchV1Request {
    /// The name of the scheduled search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the scheduled search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The ID of the saved search that will be executed.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "savedSearchId")]
    pub saved_search_id: String,
    /// The date the scheduled search was initially created.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<Datetime>,
    /// The last date the scheduled search was modified.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<Datetime>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Schedule>,
    /// A list of identities that should receive the scheduled search report via email.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub recipients: Vec<SearchscheduleRecipientsInner>,
    /// Indicates if the scheduled search is enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Indicates if email generation should occur when search returns no results.
    #[serde(rename = "emailEmptyResults", skip_serializing_if = "Option::is_none")]
    pub email_empty_results: Option<bool>,
    /// Indicates if the generated email should include the query and search results preview (which could include PII).
    #[serde(rename = "displayQueryDetails", skip_serializing_if = "Option::is_none")]
    pub display_query_details: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CreateScheduledSearchV1Request {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        saved_search_id: impl Into<String>,
        schedule: Schedule,
        recipients: Vec<SearchscheduleRecipientsInner>,
    ) -> Self {
        CreateScheduledSearchV1Request {
            name: None,
            description: None,
            saved_search_id: saved_search_id.into(),
            created: None,
            modified: None,
            schedule: Some(schedule),
            recipients,
            enabled: None,
            email_empty_results: None,
            display_query_details: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CreateScheduledSearchV1Request {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CreateScheduledSearchV1Request {
    const NAME: &'static str = "CreateScheduledSearchV1Request";

    #[inline]
    fn empty() -> Self {
        CreateScheduledSearchV1Request {
            name: None,
            description: None,
            saved_search_id: Default::default(),
            created: None,
            modified: None,
            schedule: None,
            recipients: Default::default(),
            enabled: None,
            email_empty_results: None,
            display_query_details: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "savedSearchId" => {
                self.saved_search_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "created" => self.created = map.next_value()?,
            "modified" => self.modified = map.next_value()?,
            "schedule" => self.schedule = map.next_value()?,
            "recipients" => {
                self.recipients = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "emailEmptyResults" => {
                self.email_empty_results = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "displayQueryDetails" => {
                self.display_query_details = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
