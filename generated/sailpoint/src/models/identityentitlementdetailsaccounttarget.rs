//! `Identityentitlementdetailsaccounttarget`, from `apis/access-requests/schemas/identityentitlementdetailsaccounttarget.yaml`.

/// `Identityentitlementdetailsaccounttarget` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identityentitlementdetailsaccounttarget {
    /// The id of account
    #[serde(rename = "accountId", skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// The name of account
    #[serde(rename = "accountName", skip_serializing_if = "Option::is_none")]
    pub account_name: Option<String>,
    /// The UUID representation of the account if available
    #[serde(rename = "accountUUID", skip_serializing_if = "Option::is_none")]
    pub account_uuid: Option<String>,
    /// The id of Source
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The name of Source
    #[serde(rename = "sourceName", skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// The removal date scheduled for the entitlement on the Identity
    #[serde(rename = "removeDate", skip_serializing_if = "Option::is_none")]
    pub remove_date: Option<String>,
    /// The assignmentId of the entitlement on the Identity
    #[serde(rename = "assignmentId", skip_serializing_if = "Option::is_none")]
    pub assignment_id: Option<String>,
    /// If the entitlement can be revoked
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revocable: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identityentitlementdetailsaccounttarget {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Identityentitlementdetailsaccounttarget {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identityentitlementdetailsaccounttarget {
    const NAME: &'static str = "Identityentitlementdetailsaccounttarget";

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
            "accountId" => {
                self.account_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accountName" => {
                self.account_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accountUUID" => {
                self.account_uuid = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceName" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "removeDate" => {
                self.remove_date = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "assignmentId" => {
                self.assignment_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "revocable" => {
                self.revocable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
