//! `Machineaccountcreaterequestinput`, from `apis/machine-account-creation-request/schemas/machineaccountcreaterequestinput.yaml`.

/// Contains the required information for processing a user-initiated machine account creation request.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machineaccountcreaterequestinput {
    /// Subtype ID for which machine account create is enabled and user have the entitlement to create the machine account.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "subtypeId")]
    pub subtype_id: String,
    /// Form ID selected by user for the machine account create request.
    #[serde(rename = "formId", skip_serializing_if = "Option::is_none")]
    pub form_id: Option<String>,
    /// Owner Identity ID. This identity will be assigned as an owner of the created machine account.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "ownerIdentityId")]
    pub owner_identity_id: String,
    /// Machine identity to correlate with the created machine account. If not provided, a new machine identity will be created.
    #[serde(rename = "machineIdentityId", skip_serializing_if = "Option::is_none")]
    pub machine_identity_id: Option<String>,
    /// Environment type to use for the machine account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment: Option<String>,
    /// Description for the machine account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Fields of the form linked to the subtype in approval settings.
    #[serde(rename = "userInput", skip_serializing_if = "Option::is_none")]
    pub user_input: Option<serde_json::Map<String, serde_json::Value>>,
    /// List of entitlement IDs to provision for created machine account.
    #[serde(rename = "entitlementIds", skip_serializing_if = "Option::is_none")]
    pub entitlement_ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Machineaccountcreaterequestinput {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        subtype_id: impl Into<String>,
        owner_identity_id: impl Into<String>,
    ) -> Self {
        Machineaccountcreaterequestinput {
            subtype_id: subtype_id.into(),
            form_id: None,
            owner_identity_id: owner_identity_id.into(),
            machine_identity_id: None,
            environment: None,
            description: None,
            user_input: None,
            entitlement_ids: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Machineaccountcreaterequestinput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machineaccountcreaterequestinput {
    const NAME: &'static str = "Machineaccountcreaterequestinput";

    #[inline]
    fn empty() -> Self {
        Machineaccountcreaterequestinput {
            subtype_id: Default::default(),
            form_id: None,
            owner_identity_id: Default::default(),
            machine_identity_id: None,
            environment: None,
            description: None,
            user_input: None,
            entitlement_ids: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "subtypeId" => self.subtype_id = map.next_value_seed(crate::lenient::Text)?,
            "formId" => self.form_id = map.next_value_seed(crate::lenient::TextOption)?,
            "ownerIdentityId" => {
                self.owner_identity_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "machineIdentityId" => {
                self.machine_identity_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "environment" => {
                self.environment = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "userInput" => self.user_input = map.next_value()?,
            "entitlementIds" => self.entitlement_ids = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
