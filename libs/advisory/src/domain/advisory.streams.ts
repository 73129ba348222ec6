export const advisorySessionStream = (sessionId: string): string => `advisory-session-${sessionId}`;

export const moduleDeliveryStream = (deliveryId: string): string => `delivery-${deliveryId}`;

export const mentorPairStream = (pairId: string): string => `mentor-pair-${pairId}`;
