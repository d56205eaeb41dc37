//! `Emailnotificationoption`, from `apis/lifecycle-states/schemas/emailnotificationoption.yaml`.

/// This is used for representing email configuration for a lifecycle state
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Emailnotificationoption {
    /// If true, then the manager is notified of the lifecycle state change.
    #[serde(rename = "notifyManagers", skip_serializing_if = "Option::is_none")]
    pub notify_managers: Option<bool>,
    /// If true, then all the admins are notified of the lifecycle state change.
    #[serde(rename = "notifyAllAdmins", skip_serializing_if = "Option::is_none")]
    pub notify_all_admins: Option<bool>,
    /// If true, then the users specified in "emailAddressList" below are notified of lifecycle state change.
    #[serde(rename = "notifySpecificUsers", skip_serializing_if = "Option::is_none")]
    pub notify_specific_users: Option<bool>,
    /// List of user email addresses. If "notifySpecificUsers" option is true, then these users are notified of lifecycle state change.
    #[serde(rename = "emailAddressList", skip_serializing_if = "Option::is_none")]
    pub email_address_list: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Emailnotificationoption {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Emailnotificationoption {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Emailnotificationoption {
    const NAME: &'static str = "Emailnotificationoption";

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
            "notifyManagers" => {
                self.notify_managers = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "notifyAllAdmins" => {
                self.notify_all_admins = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "notifySpecificUsers" => {
                self.notify_specific_users = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "emailAddressList" => self.email_address_list = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
