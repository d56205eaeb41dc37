//! `JitactivationhistorydocumentSummary`, from `apis/jit-activations/schemas/jitactivationhistorydocument.yaml#/properties/summary`.

use crate::models::{
    JitactivationhistorydocumentSummaryJustification,
    JitactivationhistorydocumentSummaryPolicyMatchesInner,
    JitactivationhistorydocumentSummaryReauthentication,
    JitactivationhistorydocumentSummaryServiceNowTicket,
};

/// High-level friction summary for the activation, including policy matches, reauthentication, justification, and ticket details. Null when no policy was matched or frictions were not evaluated.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct JitactivationhistorydocumentSummary {
    /// List of policies that matched during activation evaluation.
    #[serde(rename = "policyMatches", skip_serializing_if = "Option::is_none")]
    pub policy_matches: Option<
        Vec<JitactivationhistorydocumentSummaryPolicyMatchesInner>,
    >,
    /// Reauthentication friction details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reauthentication: Option<JitactivationhistorydocumentSummaryReauthentication>,
    /// Justification friction details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub justification: Option<JitactivationhistorydocumentSummaryJustification>,
    /// ServiceNow ticket friction details.
    #[serde(rename = "serviceNowTicket", skip_serializing_if = "Option::is_none")]
    pub service_now_ticket: Option<JitactivationhistorydocumentSummaryServiceNowTicket>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl JitactivationhistorydocumentSummary {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for JitactivationhistorydocumentSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for JitactivationhistorydocumentSummary {
    const NAME: &'static str = "JitactivationhistorydocumentSummary";

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
            "policyMatches" => self.policy_matches = map.next_value()?,
            "reauthentication" => self.reauthentication = map.next_value()?,
            "justification" => self.justification = map.next_value()?,
            "serviceNowTicket" => self.service_now_ticket = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
