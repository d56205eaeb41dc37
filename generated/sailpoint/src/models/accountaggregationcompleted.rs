//! `Accountaggregationcompleted`, from `apis/triggers/schemas/accountaggregationcompleted.yaml`.

use crate::models::{
    AccountaggregationcompletedSource, AccountaggregationcompletedStats,
    AccountaggregationcompletedStatus,
};

/// `Accountaggregationcompleted` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountaggregationcompleted {
    /// The source the accounts are being aggregated from.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<AccountaggregationcompletedSource>,
    /// The overall status of the aggregation.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<AccountaggregationcompletedStatus>,
    /// The date and time when the account aggregation started.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time when the account aggregation finished.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// A list of errors that occurred during the aggregation.
    pub errors: Option<Vec<String>>,
    /// A list of warnings that occurred during the aggregation.
    pub warnings: Option<Vec<String>>,
    /// Overall statistics about the account aggregation.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stats: Option<AccountaggregationcompletedStats>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountaggregationcompleted {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        source: AccountaggregationcompletedSource,
        status: AccountaggregationcompletedStatus,
        started: chrono::DateTime<chrono::Utc>,
        completed: chrono::DateTime<chrono::Utc>,
        stats: AccountaggregationcompletedStats,
    ) -> Self {
        Accountaggregationcompleted {
            source: Some(source),
            status: Some(status),
            started: Some(started),
            completed: Some(completed),
            errors: None,
            warnings: None,
            stats: Some(stats),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accountaggregationcompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountaggregationcompleted {
    const NAME: &'static str = "Accountaggregationcompleted";

    #[inline]
    fn empty() -> Self {
        Accountaggregationcompleted {
            source: None,
            status: None,
            started: None,
            completed: None,
            errors: None,
            warnings: None,
            stats: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "source" => self.source = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "started" => self.started = map.next_value_seed(crate::datetime::Optional)?,
            "completed" => {
                self.completed = map.next_value_seed(crate::datetime::Optional)?;
            }
            "errors" => self.errors = map.next_value()?,
            "warnings" => self.warnings = map.next_value()?,
            "stats" => self.stats = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
