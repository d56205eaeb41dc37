//! `AccessRequestSubmittedResponse`, from `beta/schemas/trigger/example-input/AccessRequestSubmittedResponse.yaml`.

/// `AccessRequestSubmittedResponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccessRequestSubmittedResponse {
    /// Approval or denial of the request by the subscribing service.
    ///
    /// A server's absent or `null` member reads as `false`.
    pub approved: bool,
    /// Comment from the subscribing service approving or denying the request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub comment: String,
    /// Name of the subscribing service approving the request.  This doesn't normally have to be the name of an existing identity in ISC, but it does if you have an active subscription to the [Access Request Decision trigger](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/access-request-decision). If you don't provide the `username` of an existing identity in your tenant, your Access Request Decision subscriptions will never trigger.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub approver: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestSubmittedResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        approved: bool,
        comment: impl Into<String>,
        approver: impl Into<String>,
    ) -> Self {
        AccessRequestSubmittedResponse {
            approved,
            comment: comment.into(),
            approver: approver.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccessRequestSubmittedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccessRequestSubmittedResponse {
    const NAME: &'static str = "AccessRequestSubmittedResponse";

    #[inline]
    fn empty() -> Self {
        AccessRequestSubmittedResponse {
            approved: Default::default(),
            comment: Default::default(),
            approver: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "approved" => self.approved = map.next_value_seed(crate::lenient::Flag)?,
            "comment" => self.comment = map.next_value_seed(crate::lenient::Text)?,
            "approver" => self.approver = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
