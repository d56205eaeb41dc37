//! `Reviewdecision`, from `apis/certifications/schemas/reviewdecision.yaml`.

use crate::models::{Certificationdecision, Reviewrecommendation};

/// `Reviewdecision` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Reviewdecision {
    /// The id of the review decision
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision: Option<Certificationdecision>,
    /// The date at which a user's access should be taken away. Should only be set for `REVOKE` decisions.
    #[serde(rename = "proposedEndDate", skip_serializing_if = "Option::is_none")]
    pub proposed_end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Indicates whether decision should be marked as part of a larger bulk decision
    ///
    /// A server's absent or `null` member reads as `false`.
    pub bulk: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<Reviewrecommendation>,
    /// Comments recorded when the decision was made
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Reviewdecision {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        decision: Certificationdecision,
        bulk: bool,
    ) -> Self {
        Reviewdecision {
            id: id.into(),
            decision: Some(decision),
            proposed_end_date: None,
            bulk,
            recommendation: None,
            comments: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Reviewdecision {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Reviewdecision {
    const NAME: &'static str = "Reviewdecision";

    #[inline]
    fn empty() -> Self {
        Reviewdecision {
            id: Default::default(),
            decision: None,
            proposed_end_date: None,
            bulk: Default::default(),
            recommendation: None,
            comments: None,
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
            "decision" => self.decision = map.next_value()?,
            "proposedEndDate" => {
                self.proposed_end_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "bulk" => self.bulk = map.next_value_seed(crate::lenient::Flag)?,
            "recommendation" => self.recommendation = map.next_value()?,
            "comments" => {
                self.comments = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
