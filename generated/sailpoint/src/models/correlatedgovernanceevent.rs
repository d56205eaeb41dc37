//! `Correlatedgovernanceevent`, from `apis/identity-history/schemas/correlatedgovernanceevent.yaml`.

use crate::models::{Certifierresponse, CorrelatedgovernanceeventType};

/// `Correlatedgovernanceevent` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Correlatedgovernanceevent {
    /// The name of the governance event, such as the certification name or access request ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The date that the certification or access request was completed.
    #[serde(rename = "dateTime", skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
    /// The type of governance event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CorrelatedgovernanceeventType>,
    /// The ID of the instance that caused the event - either the certification ID or access request ID.
    #[serde(rename = "governanceId", skip_serializing_if = "Option::is_none")]
    pub governance_id: Option<String>,
    /// The owners of the governance event (the certifiers or approvers)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owners: Option<Vec<Certifierresponse>>,
    /// The owners of the governance event (the certifiers or approvers), this field should be preferred over owners
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewers: Option<Vec<Certifierresponse>>,
    /// The decision maker
    #[serde(rename = "decisionMaker", skip_serializing_if = "Option::is_none")]
    pub decision_maker: Option<Certifierresponse>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Correlatedgovernanceevent {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Correlatedgovernanceevent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Correlatedgovernanceevent {
    const NAME: &'static str = "Correlatedgovernanceevent";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "dateTime" => {
                self.date_time = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "governanceId" => {
                self.governance_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "owners" => self.owners = map.next_value()?,
            "reviewers" => self.reviewers = map.next_value()?,
            "decisionMaker" => self.decision_maker = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
