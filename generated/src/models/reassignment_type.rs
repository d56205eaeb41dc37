//! `ReassignmentType`, from `v2024/schemas/ReassignmentType.yaml`.
crate::string_enum! {
    #[doc = " The approval reassignment type."] #[doc =
    " * MANUAL_REASSIGNMENT: An approval with this reassignment type has been specifically reassigned by the approval task's owner, from their queue to someone else's."]
    #[doc =
    " * AUTOMATIC_REASSIGNMENT: An approval with this reassignment type has been automatically reassigned from another approver's queue, according to that approver's reassignment configuration. The approver's reassignment configuration may be set up to automatically reassign approval tasks for a defined (or possibly open-ended) period of time."]
    #[doc =
    " * AUTO_ESCALATION: An approval with this reassignment type has been automatically reassigned from another approver's queue, according to the request's escalation configuration. For more information about escalation configuration, refer to [Setting Global Reminders and Escalation Policies](https://documentation.sailpoint.com/saas/help/requests/config_emails.html)."]
    #[doc =
    " * SELF_REVIEW_DELEGATION: An approval with this reassignment type has been automatically reassigned by the system to prevent self-review. This helps prevent situations like a requester being tasked with approving their own request. For more information about preventing self-review, refer to [Self-review Prevention](https://documentation.sailpoint.com/saas/help/users/work_reassignment.html#self-review-prevention) and [Preventing Self-approval](https://documentation.sailpoint.com/saas/help/requests/config_ap_roles.html#preventing-self-approval)."]
    pub enum ReassignmentType { #[doc = " `MANUAL_REASSIGNMENT`"] ManualReassignment =
    "MANUAL_REASSIGNMENT", #[doc = " `AUTOMATIC_REASSIGNMENT`"] AutomaticReassignment =
    "AUTOMATIC_REASSIGNMENT", #[doc = " `AUTO_ESCALATION`"] AutoEscalation =
    "AUTO_ESCALATION", #[doc = " `SELF_REVIEW_DELEGATION`"] SelfReviewDelegation =
    "SELF_REVIEW_DELEGATION", }
}
